package com.netcore.byok.kms;

import java.util.Optional;

/** One Region of a multi-Region key: the role there and the key's status, or why it could not be read. */
public record RegionStatus(String region, boolean primary, String arn, Optional<KeyStatus> status,
                           Optional<String> problem) {
}
