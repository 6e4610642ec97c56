"""Operations tagged \"CredentialGrants\"."""
