"""One fully connected layer: its templates and scores, and why it fails when the digit moves."""
