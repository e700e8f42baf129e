using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Tests.Support;

namespace Ibkr.Protocol.Tests.Codec;

/// <summary>Client wire vectors for account, position and P&amp;L requests, written from EClient at v200.</summary>
public class AccountRequestVectors
{
    [Theory]
    [InlineData("6|2|1|DU123|", """{"subscribe":true,"account":"DU123"}""")]
    [InlineData("6|2|0|DU123|", """{"subscribe":false,"account":"DU123"}""")]
    [InlineData("17|1|", "{}")]
    [InlineData("61|1|", "{}")]
    [InlineData("62|1|15|All|NetLiquidation,BuyingPower|", """{"req_id":15,"account":"All","tags":["NetLiquidation","BuyingPower"]}""")]
    [InlineData("63|1|15|", """{"req_id":15}""")]
    [InlineData("64|1|", "{}")]
    [InlineData("74|1|17|DU123||", """{"req_id":17,"account":"DU123","model_code":""}""")]
    [InlineData("75|1|17|", """{"req_id":17}""")]
    [InlineData("76|1|18|DU123||1|", """{"req_id":18,"account":"DU123","model_code":"","ledger_and_nlv":true}""")]
    [InlineData("77|1|18|", """{"req_id":18}""")]
    [InlineData("79|20|", """{"req_id":20}""")]
    [InlineData("92|27|DU123||", """{"req_id":27,"account":"DU123","model_code":""}""")]
    [InlineData("93|27|", """{"req_id":27}""")]
    [InlineData("94|28|DU123||265598|", """{"req_id":28,"account":"DU123","model_code":"","con_id":265598}""")]
    [InlineData("95|28|", """{"req_id":28}""")]
    [InlineData("104|33|", """{"req_id":33}""")]
    public void Account_requests(string fields, string json) => WireVectors.AssertVector(Direction.Client, fields, json);
}
