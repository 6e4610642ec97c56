"""Operations tagged \"Workflows\"."""
