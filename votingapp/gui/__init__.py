"""The desktop app: the only package that imports PySide6 (DESIGN.md sections 2 and 5)."""

