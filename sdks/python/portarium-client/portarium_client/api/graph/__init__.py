"""Operations tagged \"Graph\"."""
