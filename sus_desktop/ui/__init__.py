"""The Qt shell: shows the core and sends it commands. No business logic here."""
