"""Operations tagged \"Evidence\"."""
