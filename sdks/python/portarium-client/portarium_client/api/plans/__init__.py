"""Operations tagged \"Plans\"."""
