"""Operations tagged \"default\"."""
