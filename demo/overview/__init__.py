"""Overview and References: why perception matters, the Thatcher illusion, the lecture's works."""
