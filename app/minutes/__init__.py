"""Signed PDF minutes, badges and certificates, exports; signing and verification."""
