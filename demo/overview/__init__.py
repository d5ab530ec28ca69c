"""Overview and References: why perception matters, the Thatcher illusion and machines fooled too,
the lecture's works."""
