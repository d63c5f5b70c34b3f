"""Every screen of the app rendered to PNG, offscreen, in Dutch and English (for the README and
for looking at what was built). `python -m veldwerk.ui.screenshots OUTDIR` renders them all;
each module also runs alone:

- `main_window`: first run, unlock, the main window on each tab, the main dialogs, 200% scaling;
- `tab_dialogs`: the edit dialogs of the family tabs;
- `learning`: the Learning data window;
- `coordinator`: the coordinator window.

The shared mechanics (event loop, saving, the command line) are in `shots`.
"""
