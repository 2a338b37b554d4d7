"""The screens of the desk: one module per screen, each a widget taking (desk, hub, parent)."""
