"""LeNet-5, AlexNet and VGG as stacks of layers, and AlexNet's LRN beside batch norm."""
