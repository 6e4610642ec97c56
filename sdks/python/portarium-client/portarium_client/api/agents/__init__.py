"""Operations tagged \"Agents\"."""
