"""The network canvas, in parts: source (what it reads), layout and frame (Qt-free), painting, widget."""
