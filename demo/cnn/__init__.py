"""CNNs: the sliding window, local connectivity and parameter sharing, backbones' feature maps, LeNet-5 computing."""
