"""The networks: the lecture's models, their shipped weights, ImageNet weights, and the training loop."""
