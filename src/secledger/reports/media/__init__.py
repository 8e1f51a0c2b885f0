"""Forms of the classified devices and storage media register (FORMS.md)."""
