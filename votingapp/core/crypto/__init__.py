"""The cryptography of the secret ballot (docs/design.md section 10), pure functions over frozen dataclasses.

Only libsodium (PyNaCl's ``nacl.bindings``, Edwards25519 group operations) and ``cryptography`` (HPKE for
the key ceremony's shares) do the arithmetic. Modules, bottom up:

* ``group``: :class:`Point`, :class:`Scalar`, G, L, point validation, hash to scalar, randomness;
* ``elgamal``: exponential ElGamal, homomorphic sums, small discrete log;
* ``proofs``: Schnorr, Chaum-Pedersen, disjunctive 0/1 proofs, all bound to election and signer;
* ``ballot``: encrypt / verify / open (Benaloh) a ballot, aggregate ballots;
* ``dkg``: the joint-Feldman key ceremony, HPKE share encryption, threshold decryption.
"""
