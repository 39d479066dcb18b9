import org.bmi4j.core.model.*;
import org.bmi4j.core.analysis.*;

// jshell runs a line as soon as it is a complete statement, so continued lines end with '.'
var shop = Actor.of("shop", "Refill shop", ActorRole.FOCAL_FIRM, Sector.PRIVATE);
var locals = Actor.of("locals", "Local households", ActorRole.CUSTOMER_SEGMENT, Sector.PRIVATE);
var refills = Offering.builder().id("refills").name("Package-free refills").
    addBeneficiary("locals").addValueKind(ValueKind.ECONOMIC).
    addValueKind(ValueKind.ENVIRONMENTAL).build();
var sell = Exchange.builder().id("sell").provider("shop").recipient("locals").
    what(Exchanged.offering("refills")).channel(Channel.OWN_OUTLET).build();
var sales = RevenueStream.builder().id("sales").payer("locals").
    mechanism(RevenueMechanism.SALE).build();
var before = BusinessModel.builder().id("refill").name("Refill shop").addOwner("shop").
    addActor(shop).addActor(locals).
    addMission(ValueKind.ECONOMIC).addMission(ValueKind.ENVIRONMENTAL).
    proposition(ValueProposition.builder().addOffering(refills).build()).
    exchange(ValueExchange.builder().addExchange(sell).build()).
    capture(ValueCapture.builder().addRevenueStream(sales).build()).
    build();

// the change: the shop also delivers refills to the door
var deliver = Exchange.builder().id("deliver").provider("shop").recipient("locals").
    what(Exchanged.offering("refills")).channel(Channel.DIRECT).build();
var after = BusinessModel.builder().from(before).
    exchange(ValueExchange.builder().from(before.exchange()).addExchange(deliver).build()).
    build();

var diff = BusinessModelDiff.of(before, after);
System.out.println(diff.added().stream().map(ElementChange::key).toList());
var verdict = ClassificationPolicy.defaults().classify(diff);
System.out.println(verdict.bmiClass() + " by rule " + verdict.rule() + ", major: " + verdict.isMajor());
