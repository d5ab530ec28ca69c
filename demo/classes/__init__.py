"""Your classes: a student's own dataset, made in the page, and the lecture's lesson measured on it."""
