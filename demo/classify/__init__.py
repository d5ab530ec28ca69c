"""Real classifiers: digits drawn by the student, photos on AlexNet and VGG, and why they answer so."""
