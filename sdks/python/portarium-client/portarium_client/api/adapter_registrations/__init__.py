"""Operations tagged \"AdapterRegistrations\"."""
