"""Operations tagged \"Machines\"."""
