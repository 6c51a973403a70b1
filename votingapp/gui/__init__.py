"""The desktop app: the only package that imports PySide6 (DESIGN.md sections 2 and 5)."""

from votingapp.gui.refcount_fix import make_singletons_immortal

make_singletons_immortal()  # before any Qt call: see refcount_fix
