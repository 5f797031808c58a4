package nl.regioan.housing.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A location as a person, a page or an import sends it, unchecked: codes and dates as text, figures
 * as numbers. Null or absent means "not filled in".
 *
 * @param municipality CBS code (GM0202); empty: the writer's own municipality
 * @param visibility   REGION (default), MUNICIPALITY or STEERING, as for knowledge items
 * @param linkedItems  ids of knowledge-base items about the location
 */
public record LocationCommand(String name, String address, String municipality, String kind, String status,
                              String permitAppliedOn, String permittedOn, String inUseFrom, String closedOn,
                              String operator, Integer beds, List<RoomCommand> rooms, BigDecimal averageRoomArea,
                              BigDecimal averageOccupants, BigDecimal usableLivingArea, Boolean snfCertified,
                              String snfCertifiedOn, String snfExpiresOn, String manager,
                              Boolean separateRentalContract, Boolean minorsHoused, Boolean sleepingPlaceSharedPerDay,
                              Boolean shortStays, Boolean nightRegister, List<String> houseRulesLanguages,
                              List<String> residentLanguages, String contactPerson, List<Long> linkedItems,
                              String visibility) {

    /** One bedroom: area in m2, the number of people sleeping in it, and whether two of them are a couple. */
    public record RoomCommand(BigDecimal area, Integer occupants, Boolean couple) {
    }
}
