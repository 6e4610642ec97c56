"""Operations tagged \"Workforce\"."""
