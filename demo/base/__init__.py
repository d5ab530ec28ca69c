"""The shared floor that knows no topic: settings, caches, device, errors, progress, pictures, data, plot look."""
