"""Training live: the lecture's networks, AlexNet's claims as switches, the paper's ReLU experiment."""
