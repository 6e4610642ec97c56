"""Operations tagged \"Users\"."""
