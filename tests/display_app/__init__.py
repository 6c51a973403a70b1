"""The app as a user starts it, on a real X display (Xvfb + openbox, the xcb platform), driven through X."""
