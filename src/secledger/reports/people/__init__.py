"""reports/people: forms about people (the departure confirmation)."""
