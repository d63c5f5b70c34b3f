"""Pure domain: code lists, the family model, and one named function per rule. No Qt, no SQL."""
