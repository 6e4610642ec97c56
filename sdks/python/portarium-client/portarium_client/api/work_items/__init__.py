"""Operations tagged \"WorkItems\"."""
