"""Small shared widgets and models of the desktop shell."""
