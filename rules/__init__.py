"""The rule packs shipped with the checker (installed as checker.rules_data)."""
