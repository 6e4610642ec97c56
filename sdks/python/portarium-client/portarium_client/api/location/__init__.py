"""Operations tagged \"Location\"."""
