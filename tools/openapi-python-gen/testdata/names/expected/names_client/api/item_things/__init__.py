"""Operations tagged \"Item Things\"."""
