"""Operations tagged \"events\"."""
