"""Operations tagged \"MapLayers\"."""
