package no.minside.fees;

import java.time.LocalDate;
import java.util.Objects;

/** A fee the stage job has already written to the database; its date wins over the date the rules would give. */
public record RecordedFee(CostType type, Long claimId, LocalDate incurredOn) {

    public RecordedFee {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(incurredOn, "incurredOn");
        if (type == CostType.COLLECTION_NOTICE_FEE && claimId != null) {
            throw new IllegalArgumentException("the collection notice fee belongs to the case, not to claim "
                    + claimId);
        }
        if (type != CostType.COLLECTION_NOTICE_FEE && claimId == null) {
            throw new IllegalArgumentException(type + " must name the claim it belongs to");
        }
    }
}
