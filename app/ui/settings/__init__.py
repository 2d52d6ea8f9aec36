"""The pages of the Settings screen, one class and file each (the screen only holds them)."""
