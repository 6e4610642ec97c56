"""Operations tagged \"Runs\"."""
