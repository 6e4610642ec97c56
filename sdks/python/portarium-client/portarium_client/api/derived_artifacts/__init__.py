"""Operations tagged \"DerivedArtifacts\"."""
