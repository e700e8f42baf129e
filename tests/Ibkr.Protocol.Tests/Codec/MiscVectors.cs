using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Display groups, WSH, server time and API verification: wire vectors from the official v200 layouts.</summary>
public class MiscVectors
{
    [Fact]
    public void Display_group_list_and_update() =>
        Assert.Multiple(
            () => WireVectors.AssertVector(Direction.Server, "67|1|5|1,2,3,4,5,6,7|", """{"req_id":5,"groups":"1,2,3,4,5,6,7"}"""),
            () => WireVectors.AssertVector(Direction.Server, "68|1|6|8314@SMART|", """{"req_id":6,"contract_info":"8314@SMART"}"""));

    [Fact]
    public void Wsh_meta_and_event_data_are_json_text() =>
        Assert.Multiple(
            () => WireVectors.AssertVector(Direction.Server, "104|50|{\"validated\":true}|", """{"req_id":50,"data_json":"{\"validated\":true}"}"""),
            () => WireVectors.AssertVector(Direction.Server, "105|51|{\"events\":[]}|", """{"req_id":51,"data_json":"{\"events\":[]}"}"""));

    [Fact]
    public void Current_time_has_a_version_and_epoch_seconds() =>
        WireVectors.AssertVector(Direction.Server, "49|1|1767225600|", """{"time":1767225600}""");

    [Fact]
    public void Current_time_in_millis_has_no_version() =>
        WireVectors.AssertVector(Direction.Server, "109|1767225600123|", """{"time_in_millis":1767225600123}""");

    [Fact]
    public void Verify_messages_carry_api_data_and_challenge() =>
        Assert.Multiple(
            () => WireVectors.AssertVector(Direction.Server, "65|1|apidata-xyz|", """{"api_data":"apidata-xyz"}"""),
            () => WireVectors.AssertVector(Direction.Server, "69|1|apidata-xyz|challenge-123|", """{"api_data":"apidata-xyz","xyz_challenge":"challenge-123"}"""));

    [Fact]
    public void Verify_completed_sends_true_and_false_as_words()
    {
        var ok = (VerifyCompleted)WireVectors.AssertVector(Direction.Server, "66|1|true||", """{"is_successful":"true","error_text":""}""");
        Assert.True(ok.IsSuccessful);
        var failed = (VerifyAndAuthCompleted)WireVectors.AssertVector(Direction.Server, "70|1|false|bad signature|", """{"is_successful":"false","error_text":"bad signature"}""");
        Assert.False(failed.IsSuccessful);
    }
}
