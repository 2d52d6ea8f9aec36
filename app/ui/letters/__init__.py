"""The letters of a request in the window: preparing one letter, and letters for many requests."""
