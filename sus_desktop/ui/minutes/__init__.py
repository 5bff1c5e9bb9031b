"""The Referat tab (the minutes editor) and the check before a minutes export."""
