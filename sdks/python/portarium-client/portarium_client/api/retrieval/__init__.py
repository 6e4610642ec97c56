"""Operations tagged \"Retrieval\"."""
