"""LeNet-5 computing: every activation for one digit, one unit's arithmetic, the whole network in one picture."""
